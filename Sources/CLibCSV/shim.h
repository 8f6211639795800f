#include <csv.h>

/* A hint to fetch the cache line at `address` for writing, which Swift cannot express: used
   for the table of key fingerprints, whose slots are random and mostly not in the cache. */
static inline void seccost_prefetch_for_write(const void *address) {
  __builtin_prefetch(address, 1, 3);
}
