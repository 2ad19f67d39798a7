# golden fmt cases, one line each
