# Mathematical bold/italic letters normalise to plain ASCII as well:
# __𝐦𝐫𝐨__ is __mro__ and __𝑠𝑢𝑏𝑐𝑙𝑎𝑠𝑠𝑒𝑠__ is __subclasses__.
top = [].__class__.__𝐦𝐫𝐨__[-1]
listing = top.__𝑠𝑢𝑏𝑐𝑙𝑎𝑠𝑠𝑒𝑠__()
print(listing[:3])
