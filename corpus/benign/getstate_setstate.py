"""Drop a cached, derived attribute when an object is copied or serialized."""
import copy


class Document:
    def __init__(self, text):
        self.text = text
        self._tokens = None

    @property
    def tokens(self):
        if self._tokens is None:
            self._tokens = self.text.split()
        return self._tokens

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_tokens"] = None
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)


d = Document("the quick brown fox")
_ = d.tokens
print(copy.copy(d)._tokens, len(d.tokens))
