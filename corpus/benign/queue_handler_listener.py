"""Non-blocking logging: QueueHandler in the app, QueueListener writes to the console."""
import logging
import logging.handlers
import queue

q = queue.Queue()
listener = logging.handlers.QueueListener(q, logging.StreamHandler())
root = logging.getLogger()
root.addHandler(logging.handlers.QueueHandler(q))
root.setLevel(logging.INFO)

listener.start()
for i in range(3):
    logging.info("work item %d done", i)
listener.stop()
