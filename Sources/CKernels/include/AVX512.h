#ifndef PERTURB_AVX512_H
#define PERTURB_AVX512_H

/// 1 when this CPU (and the system) runs AVX-512F code, else 0. The other
/// functions of CKernels may be called only when it is 1.
int perturb_avx512_available(void);

#endif
