"""Where uploads come from: the local inbox folder and S3, behind one small protocol."""
