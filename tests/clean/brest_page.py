"""One invented regional page the cleaning tests dress with furniture: its address, headline,
a sentence of prose and a closing quote."""
URL = "https://www.radiosud.fr/societe/le-port-de-brest-double-son-trafic_1234.html"
TITLE = "Le port de Brest double son trafic"
PROSE = ("Le port de Brest a doublé son trafic en un an, a annoncé mardi sa directrice, "
         "Jeanne Kervella, devant les élus de la région.")
LAST = "« Nous manquons de bras », a reconnu un docker, Yann Le Goff."

