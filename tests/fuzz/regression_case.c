/* The case fuzz target under its own name, for the regression test. */
#define LLVMFuzzerTestOneInput fuzz_case_one
#include "fuzz_case.c"
