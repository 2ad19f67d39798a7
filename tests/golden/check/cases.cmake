golden_check(clean)
golden_check(many_errors)
