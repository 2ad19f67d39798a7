# golden lint cases, one line each
