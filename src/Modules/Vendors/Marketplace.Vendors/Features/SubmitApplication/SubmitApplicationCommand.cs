using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Vendors.Features.SubmitApplication;

/// <summary>A signed-in person applies for their cooperative to sell on the marketplace.</summary>
internal sealed record SubmitApplicationCommand(
    UserId ApplicantId,
    string ApplicantEmail,
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
    string Culture,
    IReadOnlyList<UploadedFile> Documents) : ICommand<Result<ApplicationSubmitted>>, IRunsIn<VendorsTransaction>;

internal sealed record ApplicationSubmitted(CooperativeId CooperativeId, CooperativeStatus Status);
