/* The runtime's prefetch: while the application starts from the mounted image, a thread of the
 * runtime decompresses the files the application reads as it starts (listed in the image's
 * `.startup-files`, in that order) and hands their pages to the kernel's cache of the mount
 * (FUSE's notify_store). The application's page faults then find them there instead of waiting,
 * one by one, for the serving loop to decompress them: that work moves to another core. */
#pragma once

#include <pthread.h>
#include <squashfuse/ll.h>
#include <stdatomic.h>
#include <stdbool.h>

struct prefetch
{
    const char* image;
    long offset;
    const char* mountpoint;
    struct fuse_session* session;
    pthread_t thread;
    int ended[2]; // a pipe whose write end the thread closes as it ends
    atomic_bool stopped;
};

/* Starts prefetching from `image` (the squashfs at `offset`) into the mount at `mountpoint`,
 * served by `session`. Returns false when the thread cannot start; the mount then works as
 * without it. The thread waits on the mount (a lookup, a page the kernel is still reading), so
 * the serving loop must go on until it has ended: until prefetch_ended_fd() reports the end of
 * its pipe. */
bool prefetch_start(struct prefetch* prefetch, const char* image, long offset, const char* mountpoint,
                    struct fuse_session* session);

int prefetch_ended_fd(const struct prefetch* prefetch);

/* Asks the thread to end: it leaves the file or the chunk it is on. */
void prefetch_stop(struct prefetch* prefetch);

/* Waits for the thread to end; before the session is unmounted, which it uses. */
void prefetch_join(struct prefetch* prefetch);
