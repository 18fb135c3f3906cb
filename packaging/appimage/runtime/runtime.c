/* Ségur Desk's AppImage runtime (type 2): the ELF program at the head of the AppImage, followed by
 * the squashfs image of the AppDir. It serves the image over FUSE and runs its AppRun; where FUSE
 * cannot mount (no /dev/fuse, no fusermount3, a container) or APPIMAGE_EXTRACT_AND_RUN is set, it
 * extracts the image into a temporary folder instead, runs AppRun from there and removes it.
 * While mounted, the files the application reads as it starts are decompressed ahead of it on
 * another thread (prefetch.h).
 *
 *   --appimage-offset    prints where the image starts (the end of this ELF file)
 *   --appimage-extract   extracts the image into ./squashfs-root
 *
 * AppRun gets APPIMAGE (this file), APPDIR (the mounted or extracted tree), ARGV0 and OWD, as
 * AppImage tools expect. Linked statically (Debian's libsquashfuse, libfuse3 and every
 * compression library squashfuse reads): it needs no library from the host. Mounting as another
 * user than root needs the host's setuid fusermount3 (package fuse3); without it, it extracts. */
#define _GNU_SOURCE
#include "prefetch.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <squashfuse/ll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

enum { BLOCK_CACHE = 64 }; // blocks of 128 KiB, mksquashfs's default: 8 MiB

/* The application's process while it runs (0 before and after), and the signal that asked the
 * runtime to stop, if any. */
static volatile sig_atomic_t app_pid;
static volatile sig_atomic_t stop_signal;

/* Signals sent to the runtime (a terminal's Ctrl+C, a session's TERM) go on to the application,
 * and the runtime stays to unmount or remove what it made; before the application starts or
 * once it has ended, they stop the runtime's own work. */
static const int forwarded[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
enum { FORWARDED = sizeof forwarded / sizeof forwarded[0] };

static void forward_signal(int sig)
{
    const int saved = errno;
    stop_signal = sig;
    if (app_pid > 0)
        kill((pid_t)app_pid, sig);
    errno = saved;
}

/* Signals the runtime's caller ignores (nohup, a background job) stay ignored. */
static void handle_signals(void)
{
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = forward_signal;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < FORWARDED; ++i) {
        struct sigaction current;
        if (sigaction(forwarded[i], NULL, &current) == 0 && current.sa_handler != SIG_IGN)
            sigaction(forwarded[i], &action, NULL);
    }
    // A parent that ignores SIGCHLD would leave no exit status to wait for.
    signal(SIGCHLD, SIG_DFL);
}

/* Holds the forwarded signals back (until restore_signals), where the runtime changes app_pid or
 * must not be interrupted. */
static void hold_signals(sigset_t* previous)
{
    sigset_t set;
    sigemptyset(&set);
    for (int i = 0; i < FORWARDED; ++i)
        sigaddset(&set, forwarded[i]);
    sigprocmask(SIG_BLOCK, &set, previous);
}

static void restore_signals(const sigset_t* previous)
{
    sigprocmask(SIG_SETMASK, previous, NULL);
}

/* The image starts where this ELF file ends: after its section header table, which the linker
 * writes last. */
static long image_offset(const char* self)
{
    Elf64_Ehdr header;
    const int fd = open(self, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    const ssize_t got = pread(fd, &header, sizeof header, 0);
    close(fd);
    if (got != (ssize_t)sizeof header || memcmp(header.e_ident, ELFMAG, SELFMAG) != 0
        || header.e_ident[EI_CLASS] != ELFCLASS64)
        return -1;
    return (long)(header.e_shoff + (Elf64_Off)header.e_shnum * header.e_shentsize);
}

static int write_all(int fd, const char* data, size_t size)
{
    while (size > 0) {
        const ssize_t written = write(fd, data, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return -1;
        data += written;
        size -= (size_t)written;
    }
    return 0;
}

static int extract_file(sqfs* fs, sqfs_inode* inode, const char* path, mode_t mode)
{
    const int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return -1;
    static char buffer[1 << 17];
    const sqfs_off_t size = (sqfs_off_t)inode->xtra.reg.file_size;
    for (sqfs_off_t done = 0; done < size;) {
        sqfs_off_t chunk = size - done < (sqfs_off_t)sizeof buffer ? size - done : (sqfs_off_t)sizeof buffer;
        if (sqfs_read_range(fs, inode, done, &chunk, buffer) != SQFS_OK || chunk <= 0
            || write_all(fd, buffer, (size_t)chunk) != 0) {
            close(fd);
            return -1;
        }
        done += chunk;
    }
    return close(fd);
}

static int extract_symlink(sqfs* fs, sqfs_inode* inode, const char* path)
{
    size_t size = inode->xtra.symlink_size + 1;
    char* target = malloc(size);
    if (!target)
        return -1;
    const int result = sqfs_readlink(fs, inode, target, &size) == SQFS_OK ? symlink(target, path) : -1;
    free(target);
    return result;
}

/* An entry's name, joined to its folder's path, must stay inside that folder. */
static bool safe_name(const sqfs_dir_entry* entry)
{
    const size_t size = entry->name_size;
    return size > 0 && memchr(entry->name, '/', size) == NULL && memchr(entry->name, '\0', size) == NULL
        && !(size == 1 && entry->name[0] == '.') && !(size == 2 && entry->name[0] == '.' && entry->name[1] == '.');
}

/* Extracts the whole image into `target` (created), with its permissions and symbolic links. */
static int extract(const char* self, long offset, const char* target)
{
    sqfs fs;
    if (sqfs_open_image(&fs, self, (size_t)offset) != SQFS_OK)
        return -1;
    // An existing folder is extracted into (its files must not exist yet), never a link to elsewhere.
    struct stat existing;
    int result
        = mkdir(target, 0755) == 0 || (errno == EEXIST && lstat(target, &existing) == 0 && S_ISDIR(existing.st_mode))
        ? 0
        : -1;
    sqfs_traverse traversal;
    if (result == 0 && sqfs_traverse_open(&traversal, &fs, sqfs_inode_root(&fs)) != SQFS_OK)
        result = -1;
    if (result != 0) {
        sqfs_destroy(&fs);
        close(fs.fd); // squashfuse leaves its image open
        return -1;
    }
    sqfs_err error = SQFS_OK;
    while (result == 0 && !stop_signal && sqfs_traverse_next(&traversal, &error)) {
        if (traversal.dir_end)
            continue;
        if (!safe_name(&traversal.entry)) {
            fprintf(stderr, "appimage: the image holds an entry named %s\n", traversal.path);
            result = -1;
            break;
        }
        sqfs_inode inode;
        char path[PATH_MAX];
        if (sqfs_inode_get(&fs, &inode, traversal.entry.inode) != SQFS_OK
            || snprintf(path, sizeof path, "%s/%s", target, traversal.path) >= (int)sizeof path) {
            result = -1;
            break;
        }
        const mode_t type = sqfs_mode(inode.base.inode_type);
        const mode_t mode = inode.base.mode & 0777; // never set-user-ID nor set-group-ID
        if (S_ISDIR(type))
            result = mkdir(path, mode | S_IRWXU);
        else if (S_ISREG(type))
            result = extract_file(&fs, &inode, path, mode);
        else if (S_ISLNK(type))
            result = extract_symlink(&fs, &inode, path);
        if (result != 0)
            fprintf(stderr, "appimage: cannot extract %s: %s\n", path, strerror(errno));
    }
    if (error != SQFS_OK || stop_signal)
        result = -1;
    sqfs_traverse_close(&traversal);
    sqfs_destroy(&fs);
    close(fs.fd);
    return result;
}

static int remove_entry(const char* path, const struct stat* status, int flag, struct FTW* walk)
{
    (void)status;
    (void)flag;
    (void)walk;
    return remove(path);
}

static void remove_tree(const char* path)
{
    nftw(path, remove_entry, 32, FTW_DEPTH | FTW_PHYS);
}

/* Starts AppRun from `appdir` in a child process with the environment AppImage tools give it, and
 * sets app_pid: no signal is lost between the fork and then. Returns false when it cannot. */
static bool start_app(const char* self, const char* appdir, char** argv)
{
    char app_run[PATH_MAX];
    char cwd[PATH_MAX];
    snprintf(app_run, sizeof app_run, "%s/AppRun", appdir);
    sigset_t previous;
    hold_signals(&previous);
    const pid_t pid = fork();
    if (pid != 0) {
        if (pid < 0)
            perror("appimage: fork");
        app_pid = pid > 0 ? pid : 0;
        restore_signals(&previous);
        return pid > 0;
    }
    // The application gets the signals' usual effects, not the runtime's forwarding.
    for (int i = 0; i < FORWARDED; ++i) {
        struct sigaction current;
        if (sigaction(forwarded[i], NULL, &current) == 0 && current.sa_handler == forward_signal)
            signal(forwarded[i], SIG_DFL);
    }
    restore_signals(&previous);
    setenv("APPIMAGE", self, 1);
    setenv("APPDIR", appdir, 1);
    setenv("ARGV0", argv[0], 1);
    if (getcwd(cwd, sizeof cwd))
        setenv("OWD", cwd, 1);
    argv[0] = app_run;
    execv(app_run, argv);
    fprintf(stderr, "appimage: cannot run %s: %s%s\n", app_run, strerror(errno),
            errno == EACCES ? " (is its folder on a file system mounted noexec? Set TMPDIR elsewhere)" : "");
    _exit(127);
}

/* The application's exit status once it has ended, -1 while it runs. */
static int app_exit_status = -1;

/* Whether the application has ended (waiting for it when `block`); its process is then forgotten
 * before it is reaped, so that no signal goes to a pid that may soon be another's. */
static bool app_has_ended(bool block)
{
    if (app_exit_status >= 0 || app_pid <= 0)
        return app_exit_status >= 0;
    siginfo_t ended;
    memset(&ended, 0, sizeof ended);
    int waited;
    while ((waited = waitid(P_PID, (id_t)app_pid, &ended, WEXITED | WNOWAIT | (block ? 0 : WNOHANG))) < 0
           && errno == EINTR) { }
    if (waited < 0 || ended.si_pid == 0)
        return false;
    sigset_t previous;
    hold_signals(&previous);
    const pid_t pid = (pid_t)app_pid;
    app_pid = 0;
    int status = 0;
    waitpid(pid, &status, 0);
    restore_signals(&previous);
    app_exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    return true;
}

static char* temporary_folder(const char* prefix)
{
    const char* tmp = getenv("TMPDIR");
    static char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%sXXXXXX", tmp && *tmp ? tmp : "/tmp", prefix);
    return mkdtemp(path);
}

static int extract_and_run(const char* self, long offset, char** argv)
{
    char* folder = temporary_folder("appimage_extracted_");
    if (!folder) {
        perror("appimage: temporary folder");
        return 1;
    }
    if (extract(self, offset, folder) != 0) {
        if (!stop_signal)
            fprintf(stderr, "appimage: cannot extract the image into %s\n", folder);
        remove_tree(folder);
        return stop_signal ? 128 + stop_signal : 1;
    }
    int status = 1;
    if (stop_signal)
        status = 128 + stop_signal;
    else if (start_app(self, folder, argv) && app_has_ended(true))
        status = app_exit_status;
    remove_tree(folder);
    return status;
}

static void close_image(sqfs_ll* ll)
{
    sqfs_ll_destroy(ll);
    close(ll->fs.fd); // squashfuse leaves its image open
    free(ll);
}

/* Opens the image to serve, with room for BLOCK_CACHE decompressed blocks: squashfuse keeps one
 * data block and three fragment blocks, and the loader's page faults, spread over a dozen
 * libraries, then decompress the same blocks again and again (a cold start 8 times as slow as
 * from the .deb). */
static sqfs_ll* open_image(const char* self, long offset)
{
    sqfs_ll* ll = sqfs_ll_open(self, (size_t)offset);
    if (!ll)
        return NULL;
    fcntl(ll->fs.fd, F_SETFD, FD_CLOEXEC); // not for the application to inherit
    sqfs_cache data;
    sqfs_cache fragments;
    if (sqfs_block_cache_init(&data, BLOCK_CACHE) != SQFS_OK) {
        close_image(ll);
        return NULL;
    }
    if (sqfs_block_cache_init(&fragments, BLOCK_CACHE) != SQFS_OK) {
        sqfs_cache_destroy(&data);
        close_image(ll);
        return NULL;
    }
    sqfs_cache_destroy(&ll->fs.data_cache);
    sqfs_cache_destroy(&ll->fs.frag_cache);
    ll->fs.data_cache = data;
    ll->fs.frag_cache = fragments;
    return ll;
}

/* Serves the image over FUSE while AppRun and every process it started live: they inherit the
 * write end of a pipe, whose read end sees the end of the file once the last of them is gone.
 * A signal received once AppRun has ended stops serving. Returns -1 when the image cannot be
 * mounted (then nothing was started). */
static int mount_and_run(const char* self, long offset, char** argv)
{
    sqfs_ll* ll = open_image(self, offset);
    if (!ll)
        return -1;
    char* mountpoint = temporary_folder(".mount_");
    if (!mountpoint) {
        close_image(ll);
        return -1;
    }
    struct fuse_lowlevel_ops ops;
    memset(&ops, 0, sizeof ops);
    ops.lookup = sqfs_ll_op_lookup;
    ops.forget = sqfs_ll_op_forget;
    ops.getattr = sqfs_ll_op_getattr;
    ops.readlink = sqfs_ll_op_readlink;
    ops.open = sqfs_ll_op_open;
    ops.read = sqfs_ll_op_read;
    ops.release = sqfs_ll_op_release;
    ops.opendir = sqfs_ll_op_opendir;
    ops.readdir = sqfs_ll_op_readdir;
    ops.releasedir = sqfs_ll_op_releasedir;
    ops.statfs = stfs_ll_op_statfs;
    ops.listxattr = sqfs_ll_op_listxattr;
    ops.getxattr = sqfs_ll_op_getxattr;
    ops.create = sqfs_ll_op_create;
    char* fuse_argv[] = {argv[0], "-o", "ro,nodev,nosuid,fsname=segurdesk-appimage,subtype=squashfuse", NULL};
    struct fuse_args args = FUSE_ARGS_INIT(3, fuse_argv);
    sqfs_ll_chan channel;
    if (sqfs_ll_mount(&channel, mountpoint, &args, &ops, sizeof ops, ll) != SQFS_OK) {
        rmdir(mountpoint);
        close_image(ll);
        return -1;
    }
    int alive[2] = {-1, -1};
    if (pipe(alive) != 0 || fcntl(alive[0], F_SETFD, FD_CLOEXEC) != 0
        || fcntl(fuse_session_fd(channel.session), F_SETFD, FD_CLOEXEC) != 0
        // A request withdrawn between ppoll() and the read (its caller killed) must not leave
        // the read waiting: it then says EAGAIN.
        || fcntl(fuse_session_fd(channel.session), F_SETFL, O_NONBLOCK) != 0) {
        perror("appimage: pipe");
        close(alive[0]);
        close(alive[1]);
        sqfs_ll_unmount(&channel, mountpoint);
        rmdir(mountpoint);
        close_image(ll);
        return 1;
    }
    const bool started = !stop_signal && start_app(self, mountpoint, argv);
    close(alive[1]);
    // After the fork: the application inherits neither the thread nor its files.
    struct prefetch prefetch;
    const bool prefetching = started && prefetch_start(&prefetch, self, offset, mountpoint, channel.session);

    // Signals reach the runtime only while it waits in ppoll(): never in the middle of a request,
    // nor of the unmount after the loop.
    sigset_t previous;
    hold_signals(&previous);
    struct fuse_buf request;
    memset(&request, 0, sizeof request);
    // Served until the application has ended, and the prefetch too: what it may be waiting on (a
    // lookup, a page the kernel is still reading) is answered here. A descriptor left out is -1.
    struct pollfd watched[3] = {{fuse_session_fd(channel.session), POLLIN, 0},
                                {started ? alive[0] : -1, POLLIN, 0},
                                {prefetching ? prefetch_ended_fd(&prefetch) : -1, POLLIN, 0}};
    while (!fuse_session_exited(channel.session)) {
        if (watched[1].fd >= 0 && stop_signal && app_has_ended(false))
            watched[1].fd = -1;
        if (watched[1].fd < 0 && prefetching)
            prefetch_stop(&prefetch);
        if (watched[1].fd < 0 && watched[2].fd < 0)
            break;
        if (ppoll(watched, 3, NULL, &previous) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (watched[1].revents)
            watched[1].fd = -1; // the last process of the application has ended
        if (watched[2].revents)
            watched[2].fd = -1; // the prefetch has ended
        if (watched[0].revents & POLLIN) {
            const int received = fuse_session_receive_buf(channel.session, &request);
            if (received == -EINTR || received == -EAGAIN)
                continue;
            if (received <= 0)
                break;
            fuse_session_process_buf(channel.session, &request);
        } else if (watched[0].revents) {
            break;
        }
    }
    free(request.mem);
    close(alive[0]);
    if (prefetching) {
        prefetch_stop(&prefetch);
        // Still running: the loop stopped on an error while the mount lives. Unmounting closes
        // its device, which fails whatever the thread waits on there; the session itself goes
        // only with sqfs_ll_unmount(), after the thread.
        if (watched[2].fd >= 0)
            fuse_session_unmount(channel.session);
        prefetch_join(&prefetch);
    }
    sqfs_ll_unmount(&channel, mountpoint);
    rmdir(mountpoint);
    close_image(ll);
    restore_signals(&previous);
    if (started && app_has_ended(true))
        return app_exit_status;
    return stop_signal ? 128 + stop_signal : 1;
}

int main(int argc, char** argv)
{
    char self[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0) {
        perror("appimage: /proc/self/exe");
        return 1;
    }
    self[length] = '\0';
    const long offset = image_offset(self);
    if (offset <= 0) {
        fprintf(stderr, "appimage: %s is not a 64-bit ELF file\n", self);
        return 1;
    }
    if (argc > 1 && strcmp(argv[1], "--appimage-offset") == 0) {
        printf("%ld\n", offset);
        return 0;
    }
    if (argc > 1 && strcmp(argv[1], "--appimage-extract") == 0) {
        if (extract(self, offset, "squashfs-root") != 0) {
            fprintf(stderr, "appimage: cannot extract the image into squashfs-root\n");
            return 1;
        }
        printf("squashfs-root\n");
        return 0;
    }
    handle_signals();
    const char* extract_only = getenv("APPIMAGE_EXTRACT_AND_RUN");
    if (!(extract_only && *extract_only)) {
        const int status = mount_and_run(self, offset, argv);
        if (status >= 0)
            return status;
        fprintf(stderr, "appimage: FUSE is not available here; extracting the application to run it\n");
    }
    return extract_and_run(self, offset, argv);
}
