/**
 * English-spelled first names and surnames of political figures in international news.
 * Space-separated; multi-word names joined with "_". Parsed once by src/names/lexicon.ts.
 */

export const EN_FIRST_MASC = `
Donald Joe Joseph Barack Bill George Marco JD Pete Mike Michael John James Robert Richard William
Steve Steven Ted Lindsey Chuck Kevin Hakeem Matt Scott Howard Christopher Anthony Antony Lloyd Keith
Jared Marcus Charles Emmanuel Jean Jean-Noel Jean-Noël Francois François Sebastien Sébastien Gabriel
Michel Nicolas Olivier Pascal Stephane Stéphane Dominique Jordan Olaf Friedrich Frank-Walter Johannes
Wolfgang Lars Christian Karl Keir Rishi Boris David Jeremy Tony Gordon Nigel Ed Mark Jens Ulf Anders
Petteri Sauli Alexander Antonio António Jose José Luis Luís Pedro Paulo Javier Jorge Manuel Alberto
Sergio Matteo Giuseppe Mario Paolo Carlos Gustavo Andres Andrés Nicos Martin Rafael Andrzej Karol
Radoslaw Radosław Mateusz Lech Szymon Viktor Peter Petr Jan Michal Michał Milos Miloš Aleksandar
Alexis Kyriakos Edi Recep Hakan Mevlut Irakli Bidzina Benjamin Naftali Yair Isaac Yitzhak Yoav
Mahmoud Mohammed Muhammad Mohammad Abdel Abdullah Ali Hassan Masoud Abbas Ibrahim Bashar Ahmed Ahmad
Suleiman Faisal Tamim Khalid Shehbaz Imran Asif Narendra Subrahmanyam Rajnath Shigeru Fumio Shinzo
Yoshihide Yoshimasa Taro Takeshi Katsunobu Toshimitsu Xi Ferdinand Joko Prabowo Justin Josep Abiy
Cyril Bola Tedros Joao João Laurent Eric Hendrik Hans Heinrich Kai Anvar Anwar Nicolas Daniel Samuel
Kemal Tayyip Vladimir Volodymyr Sergey Sergei Serhiy Serhii Andriy Andrii Andrei Andrey Dmitry
Dmytro Oleksandr Oleksii Oleksiy Alexei Alexey Mikhail Yuri Yuriy Yurii Denys Denis Kyrylo Ruslan
Vitali Vitaliy Vitalii Valerii Valeriy Petro Pavlo Mykola Nikolai Ihor Igor Arseniy Yevgeny Evgeny
Leonid Vasyl Viktor Rustem Ramzan Ilham Nikol Emomali Sadyr Serdar Kassym-Jomart Shavkat Nursultan
Gitanas Edgars Krisjanis Alar Zoran Kristen Dick Rex Kash Jake Tom Tim Mitch Ron Rand
`;

export const EN_FIRST_FEMN = `
Kamala Hillary Nancy Karoline Pam Kristi Tulsi Elise Nikki Liz Theresa Kemi Rachel Yvette Shabana
Ursula Kaja Roberta Christine Annalena Angela Sara Sarah Giorgia Sanna Mette Magdalena Ingrid Zuzana
Maia Maya Salome Tina Nadine Mary Marine Segolene Ségolène Elizabeth Claire Agnes Beata Joanna
Elzbieta Kinga Catherine Yuriko Yoko Carmen Ana Claudia Dilma Michelle Benazir Indira Malala Helle
Kirsti Sanae Jacinda Helen Raquel Daniela Vjosa Yolanda Sandra Yulia Yuliia Iryna Irina Olena Elena
Maria Mariia Svetlana Sviatlana Valentina Olga Olha Natalia Nataliya Tatiana Tetiana Oksana Kira
Victoria Viktoriia Anna Hanna Alla Lyudmila Liudmyla Kristina Khrystyna Kaja Marta Ruth Susie Susan
`;

export const EN_SURNAMES = `
Putin Medvedev Mishustin Lavrov Peskov Shoigu Belousov Gerasimov Volodin Matviyenko Zakharova
Naryshkin Bortnikov Patrushev Ushakov Ryabkov Nebenzia Nebenzya Polyanskiy Kiriyenko Sobyanin
Siluanov Nabiullina Novak Kadyrov Prigozhin Medinsky Dmitriev Lukashenko Lukashenka Tokayev
Mirziyoyev Rahmon Japarov Berdimuhamedov Aliyev Pashinyan Mirzoyan Kobakhidze Kavelashvili
Zourabichvili Ivanishvili Sandu Dodon Recean Popescu Zelensky Zelenskyy Zelenskiy Yermak Umerov
Budanov Syrskyi Syrsky Zaluzhnyi Zaluzhny Shmyhal Svyrydenko Sybiha Kuleba Stefanchuk Klitschko
Poroshenko Tymoshenko Reznikov Fedorov Markarova Stefanishyna Kachka Podolyak Podoliak Kyslytsya
Yushchenko Yanukovych Kuchma Kravchuk Arakhamia Tsikhanouskaya Tikhanovskaya Lubinets Kostin
Trump Biden Obama Clinton Bush Harris Vance Rubio Hegseth Witkoff Kellogg Waltz Bessent Lutnick
Kushner Graham Schumer Johnson McCarthy Pelosi McConnell Blinken Sullivan Austin Nuland Kirby
Leavitt Gabbard Ratcliffe Patel Noem Musk Kennedy Bolton Pompeo
Macron Barrot Bayrou Lecornu Barnier Attal Borne Le_Pen Bardella Melenchon Mélenchon Sarkozy Hollande
Merz Scholz Merkel Steinmeier Baerbock Wadephul Pistorius Habeck Lindner Wagenknecht Weidel
Starmer Sunak Truss May Cameron Lammy Healey Reeves Cooper Farage Badenoch
Meloni Tajani Crosetto Mattarella Draghi Sanchez Sánchez Albares Feijoo Montenegro Rangel Costa
Tusk Sikorski Duda Nawrocki Morawiecki Kaczynski Kaczyński Kosiniak-Kamysz
Orban Orbán Szijjarto Szijjártó Fico Blanar Pellegrini Caputova Pavel Babis Babiš Fiala Lipavsky
Vucic Vučić Brnabic Radev Jansa Golob Milanovic Plenkovic Mitsotakis Tsipras Christodoulides
Erdogan Erdoğan Fidan Akar Kilicdaroglu Ozel Imamoglu Kalin Stubb Niinisto Niinistö Orpo Valtonen
Marin Kristersson Frederiksen Rasmussen Store Støre Eide Stoltenberg Rutte Schoof
Kallas Michal Tsahkna Rinkevics Silina Braze Nauseda Nausėda Landsbergis Budrys
von_der_Leyen Michel Borrell Metsola Guterres Grossi Tedros
Netanyahu Gantz Lapid Herzog Katz Saar Gallant Bennett Abbas Mustafa Sinwar Haniyeh Meshaal
Khamenei Pezeshkian Raisi Araghchi Larijani Assad Sharaa al-Sharaa Mikati Salam Aoun Nasrallah
Sisi el-Sisi bin_Salman Al_Thani Al_Nahyan Modi Jaishankar Sharif Khan Bhutto Munir
Xi Xi_Jinping Li_Qiang Wang_Yi Lai_Ching-te Tsai_Ing-wen Ding_Xuexiang Mao_Ning Lin_Jian Dong_Jun
Takaichi Ishiba Kishida Abe Suga Motegi Iwaya Hayashi Koizumi Nakatani Kim_Jong_Un Yoon_Suk_Yeol
Lee_Jae-myung Kim_Yo_Jong Subianto Widodo Marcos Albanese Luxon Ardern Carney Trudeau Freeland
Sheinbaum Obrador Lula Maduro Machado Milei Petro Boric Bukele Ortega Diaz-Canel Ramaphosa Ruto
Tinubu Abiy Goita Traore Saakashvili
`;
