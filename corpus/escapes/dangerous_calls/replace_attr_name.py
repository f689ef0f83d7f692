# str.replace strips the filler from "s-y-s-t-e-m".
import os

fn = getattr(os, "s-y-s-t-e-m".replace("-", ""))
fn("id")
