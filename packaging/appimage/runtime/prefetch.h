/* The runtime's prefetch: while the application starts from the mounted image, a thread of the
 * runtime decompresses the files the application reads as it starts (listed in the image's
 * `.startup-files`, in that order) and hands their pages to the kernel's cache of the mount
 * (FUSE's notify_store). The application's page faults then find them there instead of waiting,
 * one by one, for the serving loop to decompress them: that work moves to another core. */
#pragma once

#include <pthread.h>
#include <squashfuse/ll.h>
#include <stdbool.h>

struct prefetch
{
    const char* image;
    long offset;
    const char* mountpoint;
    struct fuse_session* session;
    pthread_t thread;
    pthread_mutex_t lock;
    bool stopped; // under lock: once set, the session is never used again
};

/* Starts prefetching from `image` (the squashfs at `offset`) into the mount at `mountpoint`,
 * served by `session`. The serving loop must run meanwhile: every file is looked up through the
 * mount first, as the kernel keeps pages only for the inodes it knows. Returns false when the
 * thread cannot start; the mount then works as without it. */
bool prefetch_start(struct prefetch* prefetch, const char* image, long offset, const char* mountpoint,
                    struct fuse_session* session);

/* Ends the prefetch's use of the session; to be called before the session is unmounted. */
void prefetch_stop(struct prefetch* prefetch);

/* Waits for the thread to end; to be called after the unmount, which fails the lookup the thread
 * may be waiting on. */
void prefetch_join(struct prefetch* prefetch);
