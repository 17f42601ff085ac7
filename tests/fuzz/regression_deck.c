/* The deck fuzz target under its own name, for the regression test. */
#define LLVMFuzzerTestOneInput fuzz_deck_one
#include "fuzz_deck.c"
