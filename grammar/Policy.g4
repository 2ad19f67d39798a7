// The Guidepost policy language. docs/language.md describes each construct.
//
// Expressions are written as loops (a or b or c), never as left recursion, so
// that a long chain parses without deep recursion; only parentheses nest, and
// the parse stage caps their depth before the parser runs.
grammar Policy;

policyFile : item* EOF ;

item
    : policyHeader
    | importDecl
    | factsBlock
    | responsesBlock
    | levelDecl
    | behaviorDecl
    | rolesBlock
    | escalationBlock
    | defineDecl
    | agreementDecl
    | testDecl
    | recognizeBlock
    | contextDecl
    | termsDecl
    ;

// ---- header and imports ---------------------------------------------------

policyHeader : 'policy' name=STRING '{' headerField* '}' ;
headerField  : key=ident value=(STRING | DATE) ;

importDecl : 'import' path=STRING ;

// ---- facts -----------------------------------------------------------------

factsBlock : 'facts' '{' factDecl* '}' ;
factDecl   : name=ident ':' factType ('=' dflt=literal)? ('asked' 'when' asked=expr)? label=STRING? ;
factType
    : 'bool'                                        # boolType
    | 'int' lo=intLit '..' hi=intLit                # intType
    | 'enum' '{' ident (',' ident)* ','? '}'        # enumType
    ;

// ---- staff responses and levels --------------------------------------------

responsesBlock : 'responses' '{' responseDecl (',' responseDecl)* ','? '}' ;
responseDecl   : name=ident label=STRING? ;

levelDecl  : 'level' num=intLit name=STRING '{' levelField* '}' ;
levelField
    : 'responses' lo=ident '..' hi=ident            # levelResponses
    | key=ident value=STRING                        # levelNote
    ;

// ---- behaviors -------------------------------------------------------------

behaviorDecl : ext='extend'? 'behavior' name=ident label=STRING? '{' behaviorItem* '}' ;
behaviorItem
    : 'level' num=intLit ('when' cond=expr)?        # behaviorLevel
    | 'terms' STRING (',' STRING)*                  # behaviorTerms
    | 'implies' assignment (',' assignment)*        # behaviorImplies
    | 'includes' ident (',' ident)* (wide='in' 'description')?  # behaviorIncludes
    | 'repeats' ident (',' ident)*                  # behaviorRepeats
    | 'combines' base=ident 'with' ident (',' ident)*  # behaviorCombines
    ;

// ---- roles and escalation --------------------------------------------------

rolesBlock      : 'roles' '{' roleDecl (',' roleDecl)* ','? '}' ;
roleDecl        : name=ident label=STRING? ;
escalationBlock : 'escalation' '{' chain* '}' ;
chain           : ident ('->' ident)+ ;

// ---- reading plain-English descriptions -------------------------------------

// Words that set a fact's value, or a built-in reader for numbers:
//   weapon = knife: "knife", "box cutter"
//   grade: grade        participants: count        value_usd: dollars
recognizeBlock : 'recognize' '{' recognizeRule* '}' ;
recognizeRule
    : assignment ':' STRING (',' STRING)*           # recognizeValue
    | fact=ident ':' extractor=ident ('for' ident (',' ident)*)?  # recognizeExtractor
    ;

// A file of context triggers (negation, hypothetical, ...), relative to this file.
contextDecl : 'context' path=STRING ;

// A file of behavior terms, one `behavior phrase` a line, relative to this
// file: recognition vocabularies are data, and long ones load faster so.
termsDecl : 'terms' path=STRING ;

// ---- named conditions ------------------------------------------------------

defineDecl : 'define' name=ident '=' expr ;

// ---- the agreement ---------------------------------------------------------

agreementDecl : 'agreement' name=STRING? '{' agreementItem* '}' ;
agreementItem
    : key=('document' | 'url') value=STRING         # agreementSource
    | clauseDecl                                    # agreementClause
    ;

clauseDecl : 'clause' num=clauseNum title=STRING? '{' clauseItem* '}' ;
clauseNum  : INT | DOTTED | STRING ;
clauseItem
    : style=('quote' | 'paraphrase') text=STRING     # clauseProse
    | key=('document' | 'section' | 'url') value=STRING   # clauseSource
    | 'kinds' KIND (',' KIND)*                      # clauseKinds
    | ruleDecl                                      # clauseRule
    ;

ruleDecl
    : effect=('permit' | 'forbid') sroAction (',' sroAction)* condition*   # effectRule
    | 'require' duty (',' duty)* condition*                               # requireRule
    ;
sroAction : 'sro' '.' action=ident ;
duty      : name=ident ('(' role=ident ')')? ;
condition : kw=('when' | 'unless') expr ;

// ---- tests -----------------------------------------------------------------

testDecl : 'test' name=STRING '{' testItem* '}' ;
testItem
    : 'behaviors' ident (',' ident)*                # testBehaviors
    | 'given' assignment (',' assignment)*          # testGiven
    | 'description' text=STRING                     # testDescription
    | 'checks' clauseNum (',' clauseNum)*           # testChecks
    | 'expect' expectation                          # testExpect
    ;
expectation
    : 'outcome' value=ident                         # expectOutcome
    | 'level' (num=intLit | none=ident)             # expectLevel
    | kind=('permitted' | 'forbidden') sroAction (',' sroAction)*   # expectActions
    | 'required' duty (',' duty)*                   # expectRequired
    | 'clauses' clauseNum (',' clauseNum)*          # expectClauses
    ;

assignment : name=ident '=' value=literal ;

// ---- expressions -----------------------------------------------------------

expr     : andExpr ('or' andExpr)* ;
andExpr  : notExpr ('and' notExpr)* ;
notExpr  : nots+='not'* cmpExpr ;
cmpExpr
    : lhs=primary (op=('==' | '!=' | '<' | '<=' | '>' | '>=') rhs=primary)?   # compare
    | lhs=primary neg='not'? 'in' '{' literal (',' literal)* ','? '}'          # member
    ;
primary
    : '(' expr ')'                                  # paren
    | 'level'                                       # levelRef
    | ident                                         # nameRef
    | intLit                                        # intRef
    | ('true' | 'false')                            # boolRef
    ;

literal : intLit | 'true' | 'false' | ident ;

// Words that are keywords in one place but ordinary names elsewhere.
ident   : ID | 'sro' | 'emergency' | 'none' | 'source' | 'description' | 'text' | 'includes' | 'repeats' | 'for' | 'combines' | 'with' ;
intLit  : '-'? INT ;

// ---- tokens ----------------------------------------------------------------

DATE   : [0-9] [0-9] [0-9] [0-9] '-' [0-9] [0-9] '-' [0-9] [0-9] ;
KIND   : [A-Z] [A-Z0-9]* '-' [0-9]+ ;
DOTTED : [0-9]+ ('.' [0-9A-Za-z]+)+ ;
INT    : [0-9]+ ;
ID     : [A-Za-z_] [A-Za-z0-9_]* ;
STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
WS            : [ \t\r\n\u000C\uFEFF]+ -> skip ;
