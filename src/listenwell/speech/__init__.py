"""Recordings to transcripts: PyAV decoding, faster-whisper, resemblyzer diarization."""
