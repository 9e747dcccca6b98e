"""Made-up but plausible Albanian and Serbian names for demo trainees."""

ALBANIAN = {
    "M": "Ardian Arben Besnik Dritan Erion Fatmir Gentian Ilir Kastriot Leutrim "
    "Mentor Nderim Petrit Shkëlzen Valon Agron Blerim Florian Gëzim Luan".split(),
    "F": "Albana Anila Besa Blerina Drita Elira Entela Fjolla Genta Jonida Lindita "
    "Majlinda Mimoza Teuta Valbona Vjosa Zana Ermira Rudina Klodiana".split(),
    "surnames": "Hoxha Krasniqi Berisha Gashi Shehu Leka Çela Dervishi Kola Marku "
    "Prifti Rama Shala Morina Bytyqi Kelmendi Hasani Zeneli Dushku Topalli".split(),
}
SERBIAN = {
    "M": "Милош Никола Стефан Марко Ненад Дејан Горан Бојан Драган Ђорђе".split(),
    "F": "Јелена Милица Ана Марија Ивана Драгана Снежана Тијана".split(),
    "surnames": "Петровић Јовановић Николић Марковић Ђорђевић Стојановић Илић "
    "Станковић Поповић Живковић".split(),
}
