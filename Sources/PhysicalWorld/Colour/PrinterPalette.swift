/// The colours a printer can put on paper, as sRGB triples in [0, 1].
public enum PrinterPalette {
    /// A default palette of 30 printable colours: paper white and ink black
    /// (a print is never pure white or black), grays, the process inks and
    /// their overprints, and the darker, lighter and mixed tones of a
    /// consumer inkjet chart, all inside the reduced gamut of ink on plain
    /// paper. A palette measured by printing and photographing a chart (as
    /// Sharif et al. do) should replace it for a specific printer.
    public static let standard: [[Float]] = [
        [0.94, 0.93, 0.90], [0.78, 0.78, 0.76], [0.55, 0.55, 0.54], [0.33, 0.33, 0.33], [0.13, 0.13, 0.14],
        [0.05, 0.62, 0.85], [0.85, 0.15, 0.52], [0.97, 0.89, 0.20], [0.85, 0.18, 0.17], [0.10, 0.62, 0.30],
        [0.20, 0.22, 0.55], [0.93, 0.50, 0.15], [0.55, 0.12, 0.13], [0.10, 0.36, 0.20], [0.12, 0.16, 0.34],
        [0.45, 0.22, 0.50], [0.93, 0.65, 0.72], [0.60, 0.78, 0.90], [0.68, 0.84, 0.55], [0.96, 0.93, 0.62],
        [0.45, 0.30, 0.18], [0.85, 0.68, 0.55], [0.50, 0.50, 0.18], [0.10, 0.50, 0.52], [0.30, 0.60, 0.85],
        [0.60, 0.78, 0.22], [0.75, 0.10, 0.30], [0.55, 0.45, 0.75], [0.93, 0.55, 0.45], [0.84, 0.80, 0.70],
    ]
}
