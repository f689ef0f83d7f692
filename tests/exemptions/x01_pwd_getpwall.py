# Rebuilds /etc/passwd line by line through pwd/grp (documented as "not reported":
# user and group names, home directories and shells). libc's NSS code opens the
# file, so the program itself never calls open() on a host path.
import grp
import pwd


def account_lines():
    for entry in pwd.getpwall():
        yield ":".join([entry.pw_name, entry.pw_passwd, str(entry.pw_uid),
                        str(entry.pw_gid), entry.pw_gecos, entry.pw_dir,
                        entry.pw_shell])


def group_lines():
    for entry in grp.getgrall():
        yield "%s:x:%d:%s" % (entry.gr_name, entry.gr_gid, ",".join(entry.gr_mem))


if __name__ == "__main__":
    print("\n".join(account_lines()))
    print("\n".join(group_lines()))
