// The finite-difference gradient check lives in the shared TestSupport target
// (used by the Tensors and PhysicalWorld tests); re-export it to every file here.
@_exported import TestSupport
