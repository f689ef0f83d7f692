"""Route warnings into logging and temporarily silence one noisy warning."""
import logging
import warnings

logging.basicConfig(level=logging.INFO)
logging.captureWarnings(True)


def legacy_api():
    warnings.warn("legacy_api() is deprecated", DeprecationWarning, stacklevel=2)
    return 42


with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    print(legacy_api())

warnings.simplefilter("always")
legacy_api()
