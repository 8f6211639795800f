#include <csv.h>

/* A hint to fetch the cache line at `address` for writing, which Swift cannot express: used
   for the table of key fingerprints, whose slots are random and mostly not in the cache. */
static inline void seccost_prefetch_for_write(const void *address) {
  __builtin_prefetch(address, 1, 3);
}

/* A hint to fetch the `length` bytes at `address` for reading: used for the ledger's lines,
   written out in canonical order, which is not the order they are stored in. */
static inline void seccost_prefetch_for_read(const void *address, unsigned long length) {
  const char *bytes = (const char *)address;
  for (unsigned long offset = 0; offset < length; offset += 64) {
    __builtin_prefetch(bytes + offset, 0, 3);
  }
  __builtin_prefetch(bytes + length - 1, 0, 3);
}
