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

/* Starts writing the dirty pages of `length` bytes at `offset` of the file open at `descriptor`
   to disk, without waiting for them (Linux's sync_file_range with SYNC_FILE_RANGE_WRITE): a
   large output file is then mostly on disk by the time it is flushed, so the flush (fsync) that
   makes it durable waits for little. A hint only: it returns -1 where there is no such call,
   and the flush after it still reports any error. Declared here because the system headers
   declare it only under _GNU_SOURCE. */
#if defined(__linux__)
#include <stdint.h>
int sync_file_range(int fd, int64_t offset, int64_t nbytes, unsigned int flags);
static inline int seccost_start_writeback(int descriptor, int64_t offset, int64_t length) {
  return sync_file_range(descriptor, offset, length, 2 /* SYNC_FILE_RANGE_WRITE */);
}
#else
static inline int seccost_start_writeback(int descriptor, int64_t offset, int64_t length) {
  (void)descriptor; (void)offset; (void)length;
  return -1;
}
#endif
