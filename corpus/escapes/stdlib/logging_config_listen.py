# expect: stdlib; logging.config.listen opens a port that accepts (and evaluates) logging configs from the network
import logging.config

listener = logging.config.listen(9030, verify=None)
listener.daemon = True
listener.start()
listener.join()
