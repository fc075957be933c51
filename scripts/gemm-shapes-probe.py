#!/usr/bin/env python3
"""GFLOP/s of OpenBLAS's sgemm on the convolution's GEMM shapes, two threads at once.

Each case runs the same single-threaded cblas_sgemm on both cores at once (as
Perturb's convolution does: one image per core), interleaved with the other
cases, and prints the median GFLOP/s and the percentage of the first (large,
square-ish) case. Shapes are row-major M x N x K with transpose flags, for the
batch-32 layer of `perturb-bench kernels` (32->64 channels, 3x3, 32x32):
forward 64x1024x288, weight gradient 64x288x1024 (or transposed 288x64x1024),
input gradient 288x1024x64. Usage:
    OPENBLAS_NUM_THREADS=1 OPENBLAS_CORETYPE=SkylakeX python3 scripts/gemm-shapes-probe.py 15
"""
import ctypes, numpy as np, time, sys, statistics, threading
lib = ctypes.CDLL("libopenblas.so.0")
lib.openblas_get_corename.restype = ctypes.c_char_p
print(lib.openblas_get_corename())
f = ctypes.c_float; i = ctypes.c_int; P = ctypes.c_void_p
lib.cblas_sgemm.argtypes = [i,i,i,i,i,i,f,P,i,P,i,f,P,i]
RM, N, T = 101, 111, 112
def sgemm(ta, tb, m, n, k):
    a = np.random.rand(m*k).astype(np.float32); b = np.random.rand(k*n).astype(np.float32); c = np.zeros(m*n, np.float32)
    lda = m if ta else k; ldb = k if tb else n
    def run():
        lib.cblas_sgemm(RM, T if ta else N, T if tb else N, m, n, k, 1.0, a.ctypes.data, lda, b.ctypes.data, ldb, 0.0, c.ctypes.data, n)
    return run
cases = {
 'sq512x1024x1024': (False, False, 512, 1024, 1024, 1),
 'fwd 64x1024x288 NN': (False, False, 64, 1024, 288, 16),
 'fwd 1024x64x288 TT': (True, True, 1024, 64, 288, 16),
 'fwd 1024x64x288 NN': (False, False, 1024, 64, 288, 16),
 'wgrad 64x288x1024 NT': (False, True, 64, 288, 1024, 16),
 'wgrad 288x64x1024 NT': (False, True, 288, 64, 1024, 16),
 'igrad 288x1024x64 TN': (True, False, 288, 1024, 64, 16),
}
def pair(v):
    runs = [sgemm(*v[:5]) for _ in range(2)]
    def go():
        ts = [threading.Thread(target=lambda r=r: [r() for _ in range(v[5])]) for r in runs]
        [t.start() for t in ts]; [t.join() for t in ts]
    return go
runs = {k: pair(v) for k, v in cases.items()}
times = {k: [] for k in cases}
for r in range(int(sys.argv[1]) if len(sys.argv) > 1 else 15):
    for k, run in runs.items():
        s = time.perf_counter(); run(); times[k].append(time.perf_counter() - s)
peak = None
for k, v in cases.items():
    m, n, kk, reps = v[2:]
    g = 2 * 2*m*n*kk*reps / statistics.median(times[k]) / 1e9
    peak = peak or g
    print(f"{k:28s} {g:7.1f} GFLOP/s {100*g/peak:4.0f}%")
