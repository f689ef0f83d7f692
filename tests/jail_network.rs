//! No network out of the jail: host listeners on every address and host unix sockets stay
//! unreached, while the jail's own loopback works. A control run without the jail proves the
//! attack reaches them.

mod common;

use common::host::Trap;
use common::scenarios;
use common::{attack, run_bare, Who};

#[test]
fn host_listeners_stay_unreachable() {
    scenarios::network(Who::Runner);
}

#[test]
fn control_network_attack_reaches_the_host_without_a_jail() {
    let trap = Trap::tcp("127.0.0.1".parse().unwrap()).expect("TCP trap");
    let out = run_bare(&attack("net_connect.py"), &[trap.spec.clone()], &[], None);
    out.assert_finished();
    assert!(
        !trap.hits().is_empty(),
        "the network attack cannot reach a host listener even without a jail\n{out}"
    );
}
