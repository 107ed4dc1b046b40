"""What a deploy is, for the caches: the version of the code, and the CDN to purge.

Read once when the settings load, never per request. Home-made because the version must
be known without running git (a deployed host may not have it) and Wagtail's
``WAGTAILFRONTENDCACHE`` has no environment-variable form.
"""

import hashlib
import importlib.util
import os

from django.core.exceptions import ImproperlyConfigured


def git_commit(base_dir):
    """The commit checked out in ``base_dir``, read from ``.git`` without running git;
    None when there is no readable repository."""
    try:
        git = base_dir / ".git"
        if git.is_file():  # a worktree or submodule: the file names the real folder
            git = base_dir / git.read_text().removeprefix("gitdir:").strip()
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head or None  # a detached HEAD holds the commit itself
        ref = head.removeprefix("ref: ")
        common = git
        if (git / "commondir").is_file():  # a worktree keeps its branches in the main one
            common = git / (git / "commondir").read_text().strip()
        for folder in (git, common):
            if (folder / ref).is_file():
                return (folder / ref).read_text().strip() or None
        for line in (common / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split(" ", 1)[0]
    except (OSError, UnicodeDecodeError):
        pass
    return None


# What a deploy changes in a page: code, templates, static files, translations.
_CODE_SUFFIXES = frozenset({".py", ".html", ".txt", ".css", ".js", ".svg", ".json", ".mo"})
_NOT_CODE_FOLDERS = frozenset({"__pycache__", "node_modules", "var", "media", "static_collected"})


def code_fingerprint(base_dir):
    """A hash of the paths, sizes and modification times of the project's code files
    (hidden folders such as .git and .venv, and uploads, left out): no file is read."""
    digest = hashlib.sha256()
    for folder, subfolders, files in os.walk(base_dir):
        subfolders[:] = sorted(
            name for name in subfolders if name[0] != "." and name not in _NOT_CODE_FOLDERS
        )
        for name in sorted(files):
            if os.path.splitext(name)[1] in _CODE_SUFFIXES:
                path = os.path.join(folder, name)
                stat = os.stat(path)
                line = f"{os.path.relpath(path, base_dir)}\0{stat.st_size}\0{stat.st_mtime_ns}\n"
                digest.update(line.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:16]


def deploy_version(base_dir):
    """The deployed code's version: its commit, else a fingerprint of its files.
    Computed once, when the settings are read, never per request."""
    return git_commit(base_dir) or "files-" + code_fingerprint(base_dir)


_FRONTEND_CACHE_BACKENDS = {
    # kind: (Wagtail's backend, the FRONTEND_CACHE_* variables it needs)
    "http": ("wagtail.contrib.frontend_cache.backends.HTTPBackend", ("LOCATION",)),
    "cloudflare": (
        "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        ("ZONEID", "BEARER_TOKEN"),
    ),
    "cloudfront": (
        "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        ("DISTRIBUTION_ID",),
    ),
}


def frontend_cache_config(environ):
    """``WAGTAILFRONTENDCACHE`` from ``FRONTEND_CACHE_*`` variables (docs/deployment.md).
    Empty unless ``FRONTEND_CACHE_BACKEND`` is set: then nothing is ever purged and no
    request leaves the server. A missing variable stops the start, not a publication."""
    kind = environ.get("FRONTEND_CACHE_BACKEND", "").strip().lower()
    if not kind:
        return {}
    if kind not in _FRONTEND_CACHE_BACKENDS:
        raise ImproperlyConfigured(
            f"FRONTEND_CACHE_BACKEND must be one of {', '.join(_FRONTEND_CACHE_BACKENDS)}."
        )
    backend, required = _FRONTEND_CACHE_BACKENDS[kind]
    config = {"BACKEND": backend}
    for name in required:
        config[name] = environ.get(f"FRONTEND_CACHE_{name}", "").strip()
        if not config[name]:
            raise ImproperlyConfigured(f"FRONTEND_CACHE_BACKEND={kind} needs FRONTEND_CACHE_{name}")
    hostnames = environ.get("FRONTEND_CACHE_HOSTNAMES", "").split(",")
    if any(name.strip() for name in hostnames):  # else Wagtail's default: every host
        config["HOSTNAMES"] = [name.strip() for name in hostnames if name.strip()]
    if kind == "cloudfront" and importlib.util.find_spec("boto3") is None:
        raise ImproperlyConfigured("FRONTEND_CACHE_BACKEND=cloudfront needs boto3 installed.")
    return {"default": config}
