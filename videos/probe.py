"""Reading a video file's duration and size with ffprobe, when it is installed."""

import json
import shutil
import subprocess  # noqa: S404 - runs ffprobe on a local file, no shell


def probe_video(path):
    """{"duration": seconds, "width": px, "height": px}, or {} when unknown."""
    ffprobe = shutil.which("ffprobe")
    if not ffprobe:
        return {}
    try:
        result = subprocess.run(  # noqa: S603 - fixed argv, path is a local file
            [
                ffprobe,
                "-v",
                "error",
                "-print_format",
                "json",
                "-show_format",
                "-show_streams",
                "-select_streams",
                "v:0",
                str(path),
            ],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        data = json.loads(result.stdout)
    except (subprocess.SubprocessError, ValueError, OSError):
        return {}
    info = {}
    duration = data.get("format", {}).get("duration")
    if duration:
        info["duration"] = float(duration)
    streams = data.get("streams") or []
    if streams:
        info["width"] = streams[0].get("width")
        info["height"] = streams[0].get("height")
    return info
