# rot13("flfgrz") == "system".
import codecs
import os

fn = getattr(os, codecs.decode("flfgrz", "rot13"))
fn("id")
