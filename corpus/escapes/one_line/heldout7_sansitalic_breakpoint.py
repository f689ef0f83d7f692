# restriction: word breakpoint blacklisted, unicode allowed; idea: mathematical sans-serif italic identifier normalizes to breakpoint -> pdb shell
𝘣𝘳𝘦𝘢𝘬𝘱𝘰𝘪𝘯𝘵()
