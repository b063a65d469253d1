package org.maillage.devstack.demo;

import java.util.List;

/**
 * Who takes part in the demo pilots: the six institutions of Montréal's 2014 pilot "L'économie sociale :
 * j'achète !" (from the article), with plausible decision units and commitments, and 27 fictional but
 * believable Montréal social-economy enterprises; then a smaller pilot in Estrie. Names of enterprises and
 * people are invented.
 */
final class DemoPilot {

    record Unit(String name, List<String> categories) {
    }

    record Institution(String slug, String name, String type, String region, int commitmentContracts, int commitmentValue,
                       List<Unit> units) {
    }

    record Enterprise(String slug, String name, String legalForm, List<String> categories, String region, String missionFr,
                      String missionEn) {
    }

    static final List<Institution> MONTREAL_INSTITUTIONS = List.of(
            new Institution("ville", "Ville de Montréal", "MUNICIPALITY", "06", 6, 180_000, List.of(
                    new Unit("Service de l'approvisionnement", List.of("90100000", "82120000", "78100000")),
                    new Unit("Service des grands parcs, du verdissement et du Mont-Royal", List.of("70110000", "76120000")),
                    new Unit("Arrondissement du Plateau-Mont-Royal", List.of("76110000", "90150000")))),
            new Institution("csdm", "Commission scolaire de Montréal", "SCHOOL_SERVICE_CENTRE", "06", 4, 90_000, List.of(
                    new Unit("Service des ressources matérielles", List.of("56100000", "43210000", "78100000")),
                    new Unit("Services alimentaires des écoles", List.of("90100000", "50190000")))),
            new Institution("omhm", "Office municipal d'habitation de Montréal", "HOUSING_OFFICE", "06", 3, 75_000, List.of(
                    new Unit("Direction de l'entretien des immeubles", List.of("72100000", "76110000", "70110000")),
                    new Unit("Service du développement communautaire", List.of("93140000", "86130000")))),
            new Institution("chum", "Centre hospitalier de l'Université de Montréal (CHUM)", "HEALTH_SOCIAL_SERVICES", "06", 3, 120_000, List.of(
                    new Unit("Service alimentaire", List.of("90100000", "50190000")),
                    new Unit("Direction de la logistique", List.of("78100000", "78130000", "76120000")),
                    new Unit("Fondation et événements", List.of("90150000", "82140000")))),
            new Institution("ahuntsic", "Collège Ahuntsic", "COLLEGE", "06", 2, 40_000, List.of(
                    new Unit("Service des ressources matérielles", List.of("43210000", "76110000", "56100000")),
                    new Unit("Formation continue", List.of("86130000", "80110000")))),
            new Institution("cre", "Conférence régionale des élus de Montréal", "OTHER_PUBLIC_BODY", "06", 2, 30_000, List.of(
                    new Unit("Direction générale", List.of("80140000", "82140000")),
                    new Unit("Événements régionaux", List.of("90150000", "90100000")))));

    static final List<Enterprise> MONTREAL_ENTERPRISES = List.of(
            caterer("jardins", "Traiteur Les Jardins Partagés", "WORKER_COOP"),
            new Enterprise("cuisine-sud-ouest", "Cuisine collective du Sud-Ouest", "NON_PROFIT", List.of("90100000", "50190000"), "06",
                    "Repas santé préparés par des personnes en démarche d'emploi", "Healthy meals cooked by people returning to work"),
            caterer("tremplin", "Resto-insertion Le Tremplin", "WORK_INTEGRATION"),
            new Enterprise("eclat", "Coopérative de nettoyage Éclat", "WORKER_COOP", List.of("76110000"), "06",
                    "Entretien ménager écologique de bureaux et d'écoles", "Green cleaning of offices and schools"),
            new Enterprise("horizon", "Entretien Horizon, entreprise d'insertion", "WORK_INTEGRATION", List.of("76110000", "72100000"), "06",
                    "Entretien de bâtiments et insertion de jeunes adultes", "Building maintenance and training for young adults"),
            new Enterprise("imprimerie-est", "Imprimerie coopérative de l'Est", "WORKER_COOP", List.of("82120000"), "06",
                    "Impression offset et numérique, papier recyclé", "Offset and digital printing on recycled paper"),
            new Enterprise("mosaique", "Atelier graphique Mosaïque", "NON_PROFIT", List.of("82140000", "82120000"), "06",
                    "Conception graphique par et pour des organismes communautaires", "Graphic design by and for community groups"),
            new Enterprise("demenagement", "Déménagement solidaire Montréal", "WORKER_COOP", List.of("78100000", "78130000"), "06",
                    "Déménagements de bureaux et entreposage", "Office moves and storage"),
            new Enterprise("reemploi", "Réemploi+ recyclage informatique", "WORK_INTEGRATION", List.of("43210000", "76120000"), "06",
                    "Reconditionnement d'ordinateurs et recyclage certifié", "Computer refurbishing and certified recycling"),
            new Enterprise("ordi-recup", "Ordi-Récup Montréal", "NON_PROFIT", List.of("43210000", "81110000"), "06",
                    "Ordinateurs reconditionnés et soutien technique", "Refurbished computers and technical support"),
            new Enterprise("racines", "Coopérative paysagiste Racines", "WORKER_COOP", List.of("70110000"), "06",
                    "Aménagement paysager, ruelles vertes et plantations", "Landscaping, green alleys and planting"),
            new Enterprise("verdure", "Verdure urbaine, entreprise d'insertion", "WORK_INTEGRATION", List.of("70110000", "76120000"), "06",
                    "Entretien d'espaces verts par des jeunes en insertion", "Green space upkeep by young trainees"),
            new Enterprise("passerelle", "Formation Passerelle", "NON_PROFIT", List.of("86130000", "80110000"), "06",
                    "Francisation et formation en milieu de travail", "French courses and workplace training"),
            new Enterprise("ateliers-anjou", "Les Ateliers d'Anjou", "NON_PROFIT", List.of("86130000"), "06",
                    "Formation préparatoire à l'emploi", "Pre-employment training"),
            new Enterprise("couture", "Couture solidaire Rosemont", "SOLIDARITY_COOP", List.of("53100000"), "06",
                    "Uniformes et vêtements de travail cousus à Montréal", "Uniforms and workwear sewn in Montréal"),
            new Enterprise("bois-franc", "Atelier Bois-Franc", "WORK_INTEGRATION", List.of("56100000"), "06",
                    "Mobilier en bois massif fabriqué par des apprentis", "Solid wood furniture built by apprentices"),
            new Enterprise("seconde-vie", "Matériaux Seconde Vie", "NON_PROFIT", List.of("76120000"), "06",
                    "Récupération et revente de matériaux de construction", "Salvage and resale of building materials"),
            new Enterprise("nuage-local", "Nuage local, coopérative informatique", "WORKER_COOP", List.of("81110000"), "06",
                    "Hébergement et logiciels libres pour organismes", "Hosting and free software for organisations"),
            new Enterprise("rassembleurs", "Événements Rassembleurs", "WORKER_COOP", List.of("90150000"), "06",
                    "Organisation d'événements écoresponsables", "Eco-responsible event planning"),
            new Enterprise("relais", "Services à domicile Le Relais", "SOLIDARITY_COOP", List.of("91110000"), "06",
                    "Aide domestique et soutien aux aînés", "Home help and support for seniors"),
            new Enterprise("pivot", "Centre communautaire Pivot", "NON_PROFIT", List.of("93140000"), "06",
                    "Garde d'enfants et activités communautaires", "Childcare and community activities"),
            new Enterprise("roule-ensemble", "Coopérative de transport Roule-Ensemble", "SOLIDARITY_COOP", List.of("78100000"), "06",
                    "Livraison à vélo-cargo et transport adapté", "Cargo-bike delivery and adapted transport"),
            new Enterprise("pain-partage", "Boulangerie Pain partagé", "WORK_INTEGRATION", List.of("50190000"), "06",
                    "Pains et viennoiseries, insertion en boulangerie", "Bread and pastries, bakery job training"),
            new Enterprise("voix-citoyennes", "Communications Voix citoyennes", "NON_PROFIT", List.of("80140000", "82140000"), "06",
                    "Communication et marketing social", "Communications and social marketing"),
            new Enterprise("batisseurs", "Coopérative Les Bâtisseurs", "WORKER_COOP", List.of("72100000"), "06",
                    "Rénovation et entretien de bâtiments", "Building renovation and maintenance"),
            new Enterprise("fil-ariane", "Fil d'Ariane, recyclage textile", "NON_PROFIT", List.of("76120000", "53100000"), "06",
                    "Collecte et revalorisation de textiles", "Textile collection and upcycling"),
            new Enterprise("detour", "Café-traiteur Le Détour", "WORK_INTEGRATION", List.of("90100000", "90150000"), "06",
                    "Café et traiteur d'insertion pour jeunes", "Café and catering training young people"));

    static final List<Institution> ESTRIE_INSTITUTIONS = List.of(
            new Institution("sherbrooke", "Ville de Sherbrooke", "MUNICIPALITY", "05", 2, 50_000, List.of(
                    new Unit("Service de l'approvisionnement", List.of("90100000", "70110000")))),
            new Institution("cegep-sherbrooke", "Cégep de Sherbrooke", "COLLEGE", "05", 1, 20_000, List.of(
                    new Unit("Service des ressources matérielles", List.of("76110000", "43210000")))));

    static final List<Enterprise> ESTRIE_ENTERPRISES = List.of(
            new Enterprise("estrie-traiteur", "Traiteur La Grange solidaire", "WORKER_COOP", List.of("90100000"), "05",
                    "Traiteur de produits régionaux", "Caterer using regional produce"),
            new Enterprise("estrie-nettoyage", "Entretien Magog-Orford", "WORK_INTEGRATION", List.of("76110000"), "05",
                    "Entretien ménager et insertion", "Cleaning and job training"),
            new Enterprise("estrie-paysage", "Coop Jardins des Cantons", "SOLIDARITY_COOP", List.of("70110000"), "05",
                    "Aménagement paysager", "Landscaping"),
            new Enterprise("estrie-informatique", "Récupération informatique de l'Estrie", "NON_PROFIT", List.of("43210000"), "05",
                    "Ordinateurs reconditionnés", "Refurbished computers"),
            new Enterprise("estrie-imprimerie", "Imprimerie des Cantons", "WORKER_COOP", List.of("82120000"), "05",
                    "Impression commerciale", "Commercial printing"));

    private DemoPilot() {
    }

    private static Enterprise caterer(String slug, String name, String form) {
        return new Enterprise(slug, name, form, List.of("90100000"), "06", "Traiteur d'économie sociale, produits locaux",
                "Social economy caterer, local produce");
    }
}
