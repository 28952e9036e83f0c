# "Own operations" phrases: whose? Only the board's (rule req.internal.own_operations needs a word
# for the board in the same sentence): "Aktörerna väljer själva hur perspektivet tillämpas i den
# egna verksamheten" is another actor's.
egen verksamhet
egna verksamhet
egna verksamheten
egen organisation
