/*
 * The floor of a jail shaped like pyjail's, for scripts/bench-run.sh: the
 * fewest steps that give a program the same namespaces (user, mount, pid,
 * network, IPC, UTS, cgroup) and a fresh read-only root with /usr, the
 * interpreter's prefix, /proc, /tmp and /work, then exec it. No seccomp,
 * cgroup, Landlock, capability drop, rlimits, loopback, output relay or
 * telemetry: a measurement anchor, not a jail to run anything in.
 *
 * Usage: floor-jail ROOT PREFIX PROGRAM [ARG...]   (ROOT: an empty directory)
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static char **arguments;
static int go[2];
static char stack[256 * 1024];

static void fail(const char *what) {
    perror(what);
    _exit(125);
}

static void read_only_bind(const char *from, const char *to) {
    if (mount(from, to, NULL, MS_BIND | MS_REC, NULL))
        fail(from);
    if (mount(NULL, to, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL))
        fail(to);
}

static void make_dirs(char *path) {
    for (char *p = path + 1; *p; p++)
        if (*p == '/') {
            *p = 0;
            mkdir(path, 0755);
            *p = '/';
        }
    mkdir(path, 0755);
}

static void tmpfs(const char *at, const char *options) {
    mkdir(at, 0755);
    if (mount("tmpfs", at, "tmpfs", MS_NOSUID | MS_NODEV, options))
        fail(at);
}

static int jail(void *unused) {
    (void)unused;
    char byte;
    close(go[1]);
    if (read(go[0], &byte, 1) != 1)
        fail("waiting for the id maps");
    const char *root = arguments[1], *prefix = arguments[2];
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL))
        fail("making mounts private");
    if (mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=755"))
        fail(root);
    if (chdir(root))
        fail(root);
    mkdir("usr", 0755);
    read_only_bind("/usr", "usr");
    if (symlink("usr/bin", "bin") || symlink("usr/lib", "lib") || symlink("usr/lib64", "lib64"))
        fail("symlink");
    mkdir("etc", 0755);
    close(open("etc/ld.so.cache", O_CREAT | O_WRONLY, 0644));
    read_only_bind("/etc/ld.so.cache", "etc/ld.so.cache");
    char inside[4096];
    snprintf(inside, sizeof inside, ".%s", prefix);
    make_dirs(inside);
    read_only_bind(prefix, inside);
    mkdir("proc", 0755);
    if (mount("proc", "proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL))
        fail("proc");
    tmpfs("tmp", "size=64m");
    tmpfs("work", "size=64m");
    mkdir("old", 0755);
    if (syscall(SYS_pivot_root, ".", "old"))
        fail("pivot_root");
    if (umount2("/old", MNT_DETACH))
        fail("umount");
    rmdir("/old");
    if (mount(NULL, "/", NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL))
        fail("read-only root");
    if (chdir("/work"))
        fail("/work");
    char *environment[] = {"PATH=/usr/bin:/bin", NULL};
    execve(arguments[3], arguments + 3, environment);
    fail(arguments[3]);
    return 0;
}

static void write_file(const char *path, const char *text) {
    int fd = open(path, O_WRONLY);
    if (fd < 0 || write(fd, text, strlen(text)) < 0)
        fail(path);
    close(fd);
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: %s ROOT PREFIX PROGRAM [ARG...]\n", argv[0]);
        return 2;
    }
    arguments = argv;
    if (pipe(go))
        fail("pipe");
    int flags = CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC |
                CLONE_NEWUTS | CLONE_NEWCGROUP | SIGCHLD;
    pid_t pid = clone(jail, stack + sizeof stack, flags, NULL);
    if (pid < 0)
        fail("clone");
    close(go[0]);
    char path[64], map[64];
    snprintf(path, sizeof path, "/proc/%d/setgroups", pid);
    write_file(path, "deny");
    snprintf(path, sizeof path, "/proc/%d/uid_map", pid);
    snprintf(map, sizeof map, "1000 %d 1\n", getuid());
    write_file(path, map);
    snprintf(path, sizeof path, "/proc/%d/gid_map", pid);
    snprintf(map, sizeof map, "1000 %d 1\n", getgid());
    write_file(path, map);
    if (write(go[1], "", 1) != 1)
        fail("go");
    int status;
    if (waitpid(pid, &status, 0) < 0)
        fail("waitpid");
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
