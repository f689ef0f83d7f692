with open("/srv/data/results.csv", "w") as f:
    f.write("id,score\n1,0.9\n")
