namespace Marketplace.Vendors.Domain;

/// <summary>What a cooperative states about itself when it applies, already checked and normalized.</summary>
internal sealed record CooperativeApplication(
    string LegalName,
    string RegistrationNumber,
    string TaxCode,
    string Province,
    string Commune,
    string Address,
    string ContactPerson,
    string Phone,
    string Email,
    string Story,
    string Culture);
