# Runs in the cgroup v2 test VM after tests/vm/init, as pid 1 on the host's read-only root
# (tmpfs on /run and /var/tmp, /tmp writable over the host's): mounts the only cgroup hierarchy, cgroup2, runs the guest
# half of tests/jail_cgroup_v2.rs ($pyjail_vm_test, from the kernel command line), prints
# its exit code for the host, and powers off.
export PATH=/root/.pyenv/shims:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export HOME=/root LANG=C.UTF-8 PYJAIL_IN_CGROUP_V2_VM=1 RUST_BACKTRACE=1
mount -t cgroup2 cgroup2 /sys/fs/cgroup
hostname pyjail-cgroup-v2-vm
echo "PYJAIL-VM-KERNEL $(uname -r); /proc/self/cgroup: $(cat /proc/self/cgroup)"
cd /tmp
# $pyjail_vm_tests: comma-separated name filters (PYJAIL_VM_TESTS on the host), all by default.
# shellcheck disable=SC2046
timeout -k 5 "$pyjail_vm_budget" "$pyjail_vm_test" --ignored --test-threads=1 --color never \
    $(echo "${pyjail_vm_tests:-in_vm_}" | tr , ' ')
echo "PYJAIL-VM-TESTS-EXIT=$?"
sync
echo o > /proc/sysrq-trigger
sleep 30
