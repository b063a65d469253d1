-- Reference data, in both languages. Categories are UNSPSC segments and families: a curated set of
-- what social-economy enterprises sell. A family's parent is its segment, so a filter on a segment
-- matches its families.
create table region (
    code     text primary key check (code ~ '^(0[1-9]|1[0-7])$'),
    label_fr text not null,
    label_en text not null
);

insert into region (code, label_fr, label_en) values
    ('01', 'Bas-Saint-Laurent', 'Bas-Saint-Laurent'),
    ('02', 'Saguenay–Lac-Saint-Jean', 'Saguenay–Lac-Saint-Jean'),
    ('03', 'Capitale-Nationale', 'Capitale-Nationale'),
    ('04', 'Mauricie', 'Mauricie'),
    ('05', 'Estrie', 'Eastern Townships (Estrie)'),
    ('06', 'Montréal', 'Montréal'),
    ('07', 'Outaouais', 'Outaouais'),
    ('08', 'Abitibi-Témiscamingue', 'Abitibi-Témiscamingue'),
    ('09', 'Côte-Nord', 'North Shore (Côte-Nord)'),
    ('10', 'Nord-du-Québec', 'Northern Québec (Nord-du-Québec)'),
    ('11', 'Gaspésie–Îles-de-la-Madeleine', 'Gaspésie–Magdalen Islands'),
    ('12', 'Chaudière-Appalaches', 'Chaudière-Appalaches'),
    ('13', 'Laval', 'Laval'),
    ('14', 'Lanaudière', 'Lanaudière'),
    ('15', 'Laurentides', 'Laurentians (Laurentides)'),
    ('16', 'Montérégie', 'Montérégie'),
    ('17', 'Centre-du-Québec', 'Centre-du-Québec');

create table category (
    code     text primary key check (code ~ '^[0-9]{8}$'),
    parent   text references category (code),
    label_fr text not null,
    label_en text not null
);

insert into category (code, parent, label_fr, label_en) values
    ('43000000', null, 'Technologies de l''information et télécommunications', 'Information technology and telecommunications'),
    ('43210000', '43000000', 'Matériel informatique et accessoires', 'Computer equipment and accessories'),
    ('50000000', null, 'Produits alimentaires et boissons', 'Food and beverage products'),
    ('50190000', '50000000', 'Aliments préparés et conservés', 'Prepared and preserved foods'),
    ('53000000', null, 'Vêtements et articles personnels', 'Apparel and personal care products'),
    ('53100000', '53000000', 'Vêtements', 'Clothing'),
    ('56000000', null, 'Mobilier et ameublement', 'Furniture and furnishings'),
    ('56100000', '56000000', 'Mobilier', 'Accommodation furniture'),
    ('70000000', null, 'Services agricoles, horticoles et forestiers', 'Farming, horticulture and forestry services'),
    ('70110000', '70000000', 'Horticulture et aménagement paysager', 'Horticulture and landscaping'),
    ('72000000', null, 'Construction et entretien de bâtiments', 'Building construction and maintenance services'),
    ('72100000', '72000000', 'Entretien et réparation de bâtiments', 'Building maintenance and repair services'),
    ('76000000', null, 'Services de nettoyage industriel', 'Industrial cleaning services'),
    ('76110000', '76000000', 'Nettoyage et conciergerie', 'Cleaning and janitorial services'),
    ('76120000', '76000000', 'Collecte, recyclage et traitement des déchets', 'Refuse collection, recycling and treatment'),
    ('78000000', null, 'Transport, entreposage et courrier', 'Transportation, storage and mail services'),
    ('78100000', '78000000', 'Transport de courrier et de marchandises', 'Mail and cargo transport'),
    ('78120000', '78000000', 'Emballage, manutention et déménagement', 'Packing, handling and moving'),
    ('78130000', '78000000', 'Entreposage', 'Storage'),
    ('80000000', null, 'Services de gestion et services administratifs', 'Management and administrative services'),
    ('80110000', '80000000', 'Services de ressources humaines', 'Human resources services'),
    ('80140000', '80000000', 'Marketing et distribution', 'Marketing and distribution'),
    ('81000000', null, 'Services techniques et informatiques', 'Engineering and technology services'),
    ('81110000', '81000000', 'Services informatiques', 'Computer services'),
    ('82000000', null, 'Édition, design et arts graphiques', 'Editorial, design and graphic services'),
    ('82120000', '82000000', 'Imprimerie et reproduction', 'Printing and reproduction services'),
    ('82140000', '82000000', 'Conception graphique', 'Graphic design'),
    ('86000000', null, 'Éducation et formation', 'Education and training services'),
    ('86100000', '86000000', 'Formation professionnelle', 'Vocational training'),
    ('86130000', '86000000', 'Services éducatifs spécialisés', 'Specialized educational services'),
    ('90000000', null, 'Alimentation, hébergement et divertissement', 'Food, lodging and entertainment services'),
    ('90100000', '90000000', 'Restauration et traiteurs', 'Restaurants and catering'),
    ('90150000', '90000000', 'Événements et divertissement', 'Events and entertainment'),
    ('91000000', null, 'Services personnels et domestiques', 'Personal and domestic services'),
    ('91110000', '91000000', 'Aide domestique et soins personnels', 'Domestic and personal assistance'),
    ('93000000', null, 'Services communautaires et sociaux', 'Community and social services'),
    ('93140000', '93000000', 'Services communautaires, garde d''enfants et insertion', 'Community services, childcare and work integration');
