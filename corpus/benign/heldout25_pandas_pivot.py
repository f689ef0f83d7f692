import pandas as pd

rows = []
employees = [("ana", "eng"), ("bo", "eng"), ("cy", "ops"), ("di", "ops"), ("ed", "sales")]
projects = ["apollo", "borealis", "cygnus"]
for i, (name, dept) in enumerate(employees):
    for j, proj in enumerate(projects):
        for week in range(1, 5):
            hours = (i * 7 + j * 5 + week * 3) % 13 + 2
            if (i + j + week) % 4 == 0:
                continue  # nobody logged time
            rows.append({"name": name, "dept": dept, "project": proj,
                         "week": week, "hours": hours})

df = pd.DataFrame(rows)
print(f"{len(df)} timesheet rows")

pivot = df.pivot_table(index=["dept", "name"], columns="project", values="hours",
                       aggfunc="sum", fill_value=0, margins=True, margins_name="total")
print(pivot)

wide = df.pivot_table(index="week", columns="project", values="hours", aggfunc="sum")
long = wide.reset_index().melt(id_vars="week", var_name="project", value_name="hours")
print(long.sort_values(["project", "week"]).head(6).to_string(index=False))

dept_share = df.groupby("dept")["hours"].sum() / df["hours"].sum()
print((dept_share * 100).round(1).to_dict())

cross = pd.crosstab(df["dept"], df["week"], values=df["hours"], aggfunc="mean").round(1)
print(cross)
pivot.to_csv("s08_pivot.csv")
print("saved s08_pivot.csv")
