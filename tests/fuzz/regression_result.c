/* The result fuzz target under its own name, for the regression test. */
#define LLVMFuzzerTestOneInput fuzz_result_one
#include "fuzz_result.c"
