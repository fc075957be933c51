#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Tensors

@Suite struct AllocationPolicyTests {
    /// glibc's thresholds are raised once a tensor exists, unless the user set
    /// them through glibc's environment variables.
    @Test func appliedUnlessTheUserSetTheThresholds() {
        _ = Tensor([1, 2, 3])
        #if canImport(Glibc)
        let userSet = getenv("MALLOC_MMAP_THRESHOLD_") != nil || getenv("MALLOC_TRIM_THRESHOLD_") != nil
        #expect(AllocationPolicy.isApplied == !userSet)
        #else
        #expect(!AllocationPolicy.isApplied)
        #endif
    }
}
