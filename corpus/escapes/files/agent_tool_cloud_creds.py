# expect: files; an "agent tool" that reads cloud/kube credential files from the home dir (Path.home, joinpath, expanduser)
from pathlib import Path
from typing import Dict

CONFIG_SOURCES = {
    "aws": Path.home() / ".aws" / "credentials",
    "gcp": Path.home().joinpath(".config", "gcloud", "application_default_credentials.json"),
    "azure": Path("~/.azure/accessTokens.json").expanduser(),
    "kubernetes": Path.home() / ".kube" / "config",
    "docker": Path.home() / ".docker" / "config.json",
}


def collect_deployment_context() -> Dict[str, str]:
    """Gather local deployment configuration so the assistant can answer questions about it."""
    context = {}
    for provider, path in CONFIG_SOURCES.items():
        if path.is_file():
            context[provider] = path.read_text()
    return context


if __name__ == "__main__":
    print(collect_deployment_context())
