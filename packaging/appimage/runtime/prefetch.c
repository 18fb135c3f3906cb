#define _GNU_SOURCE
#include "prefetch.h"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Written by make-appimage.sh at the root of the image: one path per line, relative to it. */
static const char startup_list[] = ".startup-files";
enum { LIST_LIMIT = 64 * 1024, CHUNK = 256 * 1024 };

static bool stopped(struct prefetch* prefetch)
{
    return atomic_load(&prefetch->stopped);
}

/* Gives `size` bytes of the file the kernel knows as `node`, from `offset`, to its page cache.
 * squashfuse's low-level lookup and getattr give the node id as the inode number, and its open
 * keeps the cache (keep_cache): the application's own open leaves these pages in place. */
static bool store(struct prefetch* prefetch, ino_t node, sqfs_off_t offset, char* data, size_t size)
{
    struct fuse_bufvec pages = FUSE_BUFVEC_INIT(size);
    pages.buf[0].mem = data;
    return fuse_lowlevel_notify_store(prefetch->session, (fuse_ino_t)node, (off_t)offset, &pages, 0) == 0;
}

/* The regular file at `path` in the image. */
static bool find_file(sqfs* fs, const char* path, sqfs_inode* inode)
{
    bool found = false;
    return sqfs_inode_get(fs, inode, sqfs_inode_root(fs)) == SQFS_OK
        && sqfs_lookup_path(fs, inode, path, &found) == SQFS_OK && found && S_ISREG(sqfs_mode(inode->base.inode_type));
}

/* The list of the files to prefetch, as one string, or NULL. */
static char* read_list(sqfs* fs)
{
    sqfs_inode inode;
    if (!find_file(fs, startup_list, &inode) || inode.xtra.reg.file_size >= LIST_LIMIT)
        return NULL;
    sqfs_off_t size = (sqfs_off_t)inode.xtra.reg.file_size;
    char* list = calloc((size_t)size + 1, 1);
    if (list && size > 0 && sqfs_read_range(fs, &inode, 0, &size, list) != SQFS_OK) {
        free(list);
        return NULL;
    }
    return list;
}

/* Looks `path` up through the mount, then stores the whole file. A path that leaves the image,
 * or reaches another file system, is skipped: its inode number would name another file. */
static void prefetch_file(struct prefetch* prefetch, sqfs* fs, dev_t device, const char* path, char* buffer)
{
    char mounted[PATH_MAX];
    struct stat status;
    sqfs_inode inode;
    if (path[0] == '\0' || path[0] == '/' || strstr(path, "..")
        || snprintf(mounted, sizeof mounted, "%s/%s", prefetch->mountpoint, path) >= (int)sizeof mounted
        || lstat(mounted, &status) != 0 || status.st_dev != device || !S_ISREG(status.st_mode)
        || !find_file(fs, path, &inode))
        return;
    const sqfs_off_t size = (sqfs_off_t)inode.xtra.reg.file_size;
    for (sqfs_off_t done = 0; done < size && !stopped(prefetch);) {
        sqfs_off_t chunk = size - done < CHUNK ? size - done : CHUNK;
        if (sqfs_read_range(fs, &inode, done, &chunk, buffer) != SQFS_OK || chunk <= 0
            || !store(prefetch, status.st_ino, done, buffer, (size_t)chunk))
            return;
        done += chunk;
    }
}

static void* prefetch_files(void* argument)
{
    struct prefetch* prefetch = argument;
    sqfs fs; // its own: squashfuse's caches are not shared between threads
    if (sqfs_open_image(&fs, prefetch->image, (size_t)prefetch->offset) != SQFS_OK) {
        close(prefetch->ended[1]);
        return NULL;
    }
    fcntl(fs.fd, F_SETFD, FD_CLOEXEC);
    char* buffer = malloc(CHUNK);
    char* list = buffer ? read_list(&fs) : NULL;
    struct stat root;
    if (list && stat(prefetch->mountpoint, &root) == 0) {
        char* next = list;
        for (char* path = strsep(&next, "\n"); path && !stopped(prefetch); path = strsep(&next, "\n"))
            prefetch_file(prefetch, &fs, root.st_dev, path, buffer);
    }
    free(list);
    free(buffer);
    sqfs_destroy(&fs);
    close(fs.fd); // squashfuse leaves its image open
    close(prefetch->ended[1]);
    return NULL;
}

bool prefetch_start(struct prefetch* prefetch, const char* image, long offset, const char* mountpoint,
                    struct fuse_session* session)
{
    memset(prefetch, 0, sizeof *prefetch);
    prefetch->image = image;
    prefetch->offset = offset;
    prefetch->mountpoint = mountpoint;
    prefetch->session = session;
    atomic_init(&prefetch->stopped, false);
    if (pipe2(prefetch->ended, O_CLOEXEC) != 0)
        return false;
    // Signals are for the runtime's main thread, which forwards them to the application.
    sigset_t all;
    sigset_t previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    const bool started = pthread_create(&prefetch->thread, NULL, prefetch_files, prefetch) == 0;
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    if (!started) {
        close(prefetch->ended[0]);
        close(prefetch->ended[1]);
    }
    return started;
}

int prefetch_ended_fd(const struct prefetch* prefetch)
{
    return prefetch->ended[0];
}

void prefetch_stop(struct prefetch* prefetch)
{
    atomic_store(&prefetch->stopped, true);
}

void prefetch_join(struct prefetch* prefetch)
{
    pthread_join(prefetch->thread, NULL);
    close(prefetch->ended[0]);
}
