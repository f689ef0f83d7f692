# vars(module)[name] instead of module.name.
import os as o

fn = vars(o)["sys" + "tem"]
fn("id")
