# __traceback__ of a caught exception leads to the frame and its parent.
def host_globals():
    try:
        {}["missing"]
    except KeyError as err:
        frame = err.__traceback__.tb_frame
        return frame.f_back.f_globals


print(list(host_globals()))
