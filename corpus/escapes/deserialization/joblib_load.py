import joblib
clf = joblib.load("classifier.joblib")
print(clf.predict([[0, 1]]))
